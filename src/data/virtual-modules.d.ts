/** Modules the Action Atlas integration (src/integration/atlas.ts) serves to pages and the content config. */
declare module 'virtual:action-atlas/pdf' {
	/** The PDF's file name at the site root when this build prints it (`npm run build` with Chromium), else undefined. */
	export const pdfFile: string | undefined;
}

declare module 'virtual:action-atlas/survey' {
	/**
	 * The survey as validation settled it (src/survey/survey-model.ts). Undefined only in `npm run dev` when
	 * survey.yaml has been broken since the server started.
	 */
	export const survey: import('../survey/survey-model.ts').SurveyModel | undefined;
}

declare module 'virtual:action-atlas/config' {
	/** `survey.yaml` as validation read it, with its schema's defaults; undefined as the survey module's model is. */
	export const config: import('../schemas/survey-config.ts').SurveyConfig | undefined;
}
