/**
 * Icon sizes. IconUrl is 32×32 and HighResolutionIconUrl 64×64 for a task pane
 * add-in (https://learn.microsoft.com/javascript/api/manifest/iconurl,
 * https://learn.microsoft.com/javascript/api/manifest/highresolutioniconurl);
 * a ribbon button names 16, 32 and 80 (https://learn.microsoft.com/javascript/api/manifest/icon),
 * the other sizes Office accepts for high-DPI screens are rendered too.
 */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** Where the icons are served, under the add-in's base URL. */
export const iconPath = (size: number) => `/addin/assets/icon-${size}.png`;
