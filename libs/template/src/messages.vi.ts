/** User-facing texts of @cds/template, in Vietnamese (an English table can sit beside it). */
export const templateMessages = {
  unknownTemplate: (version: string) => `Không có khung kế hoạch phiên bản "${version}".`,
  invalidTemplate: (version: string, problems: string[]) => `Khung kế hoạch "${version}" không hợp lệ: ${problems.join('; ')}`,
};
