/** Modules the Action Atlas integration (src/integration/atlas.ts) serves to pages. */
declare module 'virtual:action-atlas/pdf' {
	/** The PDF's file name at the site root when this build prints it (`npm run build` with Chromium), else undefined. */
	export const pdfFile: string | undefined;
}
