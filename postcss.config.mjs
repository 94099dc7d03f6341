/** Tailwind through PostCSS, the way Next builds CSS. */
const config = { plugins: { "@tailwindcss/postcss": {} } };

export default config;
