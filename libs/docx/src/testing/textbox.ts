/**
 * Test helper: text boxes as Word writes them. Word 2010+ writes a DrawingML
 * shape (`wps:txbx`) inside `mc:AlternateContent` with a VML fallback
 * (`v:textbox`) holding the same text; older files have the VML alone. The
 * namespaces are declared by `docx()` in `ooxml.ts`.
 */

/** `w:txbxContent` with one paragraph per string. */
export function txbxContent(...paragraphs: string[]): string {
  return `<w:txbxContent>${paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('')}</w:txbxContent>`;
}

let shapeId = 0;

/** A DrawingML text box (`w:drawing`), floating (`wp:anchor`) or inline. */
export function drawingTextBox(content: string, floating = true): string {
  const id = ++shapeId;
  const extent = '<wp:extent cx="2000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>';
  const graphic =
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>`;
  const docPr = `<wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/>`;
  return floating
    ? '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
        `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>${extent}<wp:wrapSquare wrapText="bothSides"/>${docPr}${graphic}</wp:anchor></w:drawing>`
    : `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">${extent}${docPr}${graphic}</wp:inline></w:drawing>`;
}

/** A VML text box (`w:pict` / `v:textbox`). */
export function vmlTextBox(content: string): string {
  const id = ++shapeId;
  return (
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>' +
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `<v:shape id="Text Box ${id}" o:spid="_x0000_s${1024 + id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:150pt;height:50pt;z-index:${id}">` +
    `<v:textbox>${content}</v:textbox></v:shape></w:pict>`
  );
}

/** The run Word 2010+ writes: the DrawingML box, with the VML box as fallback. */
export function wordTextBoxRun(content: string): string {
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawingTextBox(content)}</mc:Choice>` +
    `<mc:Fallback>${vmlTextBox(content)}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}
