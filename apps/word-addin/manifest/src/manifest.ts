import { iconPath, RIBBON_ICON_SIZES } from './icons.js';
import { manifestMessages as m } from './messages.vi.js';

/**
 * The add-in-only XML manifest for Word (not the unified JSON manifest, which
 * perpetual Office on Windows does not load). One builder for the dev and the
 * production manifest, which differ only in their base URL.
 * Element order follows the OfficeApp schema (TaskPaneApp 1.1, VersionOverrides 1.0):
 * https://learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests
 */

/** The add-in's id. Fixed: Word keys settings and a document's add-in reference to it. */
export const ADDIN_ID = '5b0f5c5e-9a27-4d3e-9b4c-2f6d0c1a7e31';
export const DEV_BASE_URL = 'https://localhost:3000';
export const TASKPANE_PATH = '/addin/taskpane.html';

export interface ManifestOptions {
  /** Origin (and optional path prefix) the add-in is served from, https only. */
  baseUrl: string;
  /** Four-part version, e.g. 1.0.0.0. */
  version?: string;
  /** Shown in Word's add-in list, to tell a dev sideload apart from the deployed one. */
  displayNameSuffix?: string;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Refuses what Office would refuse later, in words an administrator understands. */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Địa chỉ gốc không hợp lệ: "${raw}". Ví dụ: https://kehoach-cds.example.gov.vn`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office chỉ nạp phần bổ trợ qua HTTPS; địa chỉ gốc "${raw}" phải bắt đầu bằng https://.`);
  if (url.search || url.hash) throw new Error(`Địa chỉ gốc không được có truy vấn (?) hay neo (#): "${raw}".`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function buildManifest(options: ManifestOptions): string {
  const base = normalizeBaseUrl(options.baseUrl);
  const version = options.version ?? '1.0.0.0';
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) throw new Error(`Phiên bản phải có dạng 1.0.0.0: "${version}".`);
  const url = (p: string) => xmlEscape(base + p);
  const origin = new URL(base).origin;
  const name = xmlEscape(m.displayName + (options.displayNameSuffix ?? ''));
  const icons = (id: string) => RIBBON_ICON_SIZES.map((s) => `              <bt:Image id="${id}.${s}" DefaultValue="${url(iconPath(s))}"/>`).join('\n');
  const iconRefs = (id: string) => RIBBON_ICON_SIZES.map((s) => `                    <bt:Image size="${s}" resid="${id}.${s}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
           xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${version}</Version>
  <ProviderName>${xmlEscape(m.provider)}</ProviderName>
  <DefaultLocale>vi-VN</DefaultLocale>
  <DisplayName DefaultValue="${name}"/>
  <Description DefaultValue="${xmlEscape(m.description)}"/>
  <IconUrl DefaultValue="${url(iconPath(32))}"/>
  <HighResolutionIconUrl DefaultValue="${url(iconPath(64))}"/>
  <SupportUrl DefaultValue="${url('/')}"/>
  <AppDomains>
    <AppDomain>${xmlEscape(origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <!-- The baseline: Office 2019 has WordApi 1.3; everything above is detected at run time. -->
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="WordApi" MinVersion="1.3"/>
      <Set Name="CustomXmlParts" MinVersion="1.1"/>
      <Set Name="File" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(TASKPANE_PATH)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Document">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="CDS.GetStarted.Title"/>
            <Description resid="CDS.GetStarted.Description"/>
            <LearnMoreUrl resid="CDS.Support.Url"/>
          </GetStarted>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="CDS.Group">
                <Label resid="CDS.Group.Label"/>
                <Icon>
${iconRefs('CDS.Icon')}
                </Icon>
                <Control xsi:type="Button" id="CDS.TaskpaneButton">
                  <Label resid="CDS.Button.Label"/>
                  <Supertip>
                    <Title resid="CDS.Button.Title"/>
                    <Description resid="CDS.Button.Description"/>
                  </Supertip>
                  <Icon>
${iconRefs('CDS.Icon')}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>CDS.Taskpane</TaskpaneId>
                    <SourceLocation resid="CDS.Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${icons('CDS.Icon')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="CDS.Taskpane.Url" DefaultValue="${url(TASKPANE_PATH)}"/>
        <bt:Url id="CDS.Support.Url" DefaultValue="${url('/')}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="CDS.Group.Label" DefaultValue="${xmlEscape(m.groupLabel)}"/>
        <bt:String id="CDS.Button.Label" DefaultValue="${xmlEscape(m.buttonLabel)}"/>
        <bt:String id="CDS.Button.Title" DefaultValue="${xmlEscape(m.buttonTitle)}"/>
        <bt:String id="CDS.GetStarted.Title" DefaultValue="${xmlEscape(m.getStartedTitle)}"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="CDS.Button.Description" DefaultValue="${xmlEscape(m.buttonDescription)}"/>
        <bt:String id="CDS.GetStarted.Description" DefaultValue="${xmlEscape(m.getStartedDescription)}"/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
