/**
 * Part of `npm run build`: validates the deployer's settings before Next builds (an invalid one
 * stops the build with one message naming each), and says once, plainly, which settings are
 * still placeholders. The site builds and works with placeholders, each marked 示例/占位
 * where readers see it; a real deployment sets them all.
 */
import type { PlaceholderSetting } from "../site/config";

/** The notice for the settings still at their placeholders; nothing when there are none. */
function describe(placeholders: readonly PlaceholderSetting[]): string[] {
  if (placeholders.length === 0) return [];
  return [
    `提示：有 ${placeholders.length} 项设置还是占位值，网站照常构建：`,
    ...placeholders.map(({ variable, value, effect }) => `  ${variable}（现在是 ${value}）：${effect}`),
    "正式部署前，请在构建时用环境变量设置它们（见 README 的“Site config”）。",
  ];
}

try {
  // Imported here: loading the module validates the settings, and an invalid one must end in its message, not a stack trace.
  const { placeholderSettings, siteConfig } = await import("../site/config");
  for (const line of describe(placeholderSettings(siteConfig))) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
