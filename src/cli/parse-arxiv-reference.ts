import { ARXIV_ID } from '../schemas/paper.ts';

// New-style ids (2402.01030) and old-style ones (cs/0112017, math.GT/0309136), each with an optional version.
const ID_WITH_VERSION = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
const WHOLE_REFERENCE = new RegExp(
	String.raw`^(?:arxiv:\s*|(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/)?${ID_WITH_VERSION}(?:\.pdf)?\/?$`,
	'i',
);
const ID_IN_TEXT = new RegExp(String.raw`(?:arxiv:\s*|arxiv\.org\/(?:abs|pdf)\/)${ID_WITH_VERSION}`, 'i');

/**
 * Reads an arXiv reference as a contributor types it (bare id, `arXiv:` id, abs or pdf URL, with or without a
 * version) and returns the id without version, or `undefined` when it is not one.
 *
 * @example parseArxivReference('https://arxiv.org/abs/2402.01030v2') // '2402.01030'
 */
export function parseArxivReference(reference: string): string | undefined {
	const id = WHOLE_REFERENCE.exec(reference.trim())?.[1];
	return id !== undefined && ARXIV_ID.test(id) ? id : undefined;
}

/**
 * Finds an arXiv id mentioned inside free text, such as a BibTeX journal "arXiv preprint arXiv:2509.13347"; the
 * `arXiv:` prefix or an arxiv.org URL is required so that other numbers are not mistaken for ids.
 *
 * @example findArxivIdInText('arXiv preprint arXiv:2509.13347') // '2509.13347'
 */
export function findArxivIdInText(text: string): string | undefined {
	const id = ID_IN_TEXT.exec(text)?.[1];
	return id !== undefined && ARXIV_ID.test(id) ? id : undefined;
}
