// Fluent's web theme lists only Latin fonts; name the CJK UI fonts of each platform so Chinese
// text does not fall back to a serif face.
import { webLightTheme, type Theme } from "@fluentui/react-components";

const cjkFonts = "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC'";

export const taskpaneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `${webLightTheme.fontFamilyBase.replace(/,\s*sans-serif\s*$/, "")}, ${cjkFonts}, sans-serif`,
};
