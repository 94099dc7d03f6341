export { alt, contentType, default, generateStaticParams, size } from "./opengraph-image";

/** Route options are read from each file itself, so this one is written out (see opengraph-image.tsx). */
export const dynamicParams = false;
