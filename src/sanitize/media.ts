// A body's video and audio, which the article keeps in the browser's own players, as it does
// its story's attachments: what ./rules.ts's checks do with them.
import { isPictureAddress } from '../data/text.js';
import { MAX_BODY_IMAGES, type BodyWalk } from './body-budget.js';
import { safeUrl } from './url.js';

/** What these rules read and change of an element: ./rules.ts's `RuleElement`, in part. */
type MediaElement = Pick<Element, 'nodeName' | 'getAttribute' | 'setAttribute' | 'removeAttribute' | 'remove'>;

/**
 * A body's `<video>` or `<audio>`, before its attributes are checked: kept, as the article's own
 * attachments are, in the browser's player ({@link checkMedia} gives it its controls), with its
 * `src`, else its first `<source>`'s (`sources`: theirs, in order), and a video's poster if it
 * is a picture and pictures are shown; each sanitiser then takes its children out (its other
 * sources, its tracks, the fallback an old browser shows: WordPress's link to the file). It
 * counts against {@link MAX_BODY_IMAGES}. Without any address, or past that budget, it goes. A
 * Ghost or WordPress post's video or podcast episode was an empty box, or only its caption.
 */
export function bodyMedia(media: MediaElement, sources: (string | null)[], walk: BodyWalk): 'keep' | 'drop' {
  const src = media.getAttribute('src')?.trim() || sources.find((source) => source?.trim());
  if (!src || ++walk.imageCount > MAX_BODY_IMAGES) return 'drop';
  media.setAttribute('src', src);
  // Ghost's poster is a spacer, its picture a style the body does not keep.
  if (!walk.images || !isPictureAddress(media.getAttribute('poster') ?? '')) media.removeAttribute('poster');
  return 'keep';
}

/**
 * A video's or a sound's attributes after DOMPurify kept them (./rules.ts's `checkAttributes`):
 * its `src` and a video's `poster` resolve against the body's base and keep only safe schemes,
 * or the element goes without a safe `src`; it plays in the browser's player, which loads
 * nothing until the reader presses play, never by itself; a video keeps `width` and `height`
 * only as the pair `size` is (./rules.ts's `imageSize`), where they reserve its aspect ratio.
 */
export function checkMedia(
  node: MediaElement,
  base: string | undefined,
  size: [number, number] | [] | undefined,
): void {
  const src = safeUrl(node.getAttribute('src'), base);
  const poster = safeUrl(node.getAttribute('poster'), base);
  if (!src) {
    node.remove();
    return;
  }
  node.setAttribute('src', src);
  if (poster) node.setAttribute('poster', poster);
  else node.removeAttribute('poster');
  node.setAttribute('controls', '');
  node.setAttribute('preload', 'none');
  if (node.nodeName === 'AUDIO') return;
  node.setAttribute('playsinline', '');
  node.removeAttribute('width');
  node.removeAttribute('height');
  if (size?.length) {
    node.setAttribute('width', String(size[0]));
    node.setAttribute('height', String(size[1]));
  }
}
