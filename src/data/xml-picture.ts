// The picture of an RSS item or Atom entry, and its caption, from Media RSS, enclosures, iTunes
// art and the elements publishers make up (an item's own <image>, Livemint's <bigimage>).
import { ICON_PX, firstImage, isPictureAddress } from './text.js';
import { NS, attr, child, children, isImage, text } from './xml-elements.js';
import { credited } from './xml-repairs.js';

/** Media at most {@link ICON_PX} in either stated dimension are icons (an author's avatar), not pictures. */
const notIcon = (el: Element) => !['width', 'height'].some((name) => Number(attr(el, name)) <= ICON_PX);

/** The size a picture states: its width, else its height, else 0. */
const stated = (el: Element) => Number(attr(el, 'width') ?? attr(el, 'height')) || 0;

/**
 * A stated size under which a thumbnail gives way to a picture in the item's body: Blogger's
 * `media:thumbnail` is a 72-pixel square crop of the photo its post shows at 320 or more.
 */
const THUMBNAIL_PX = 150;

/** A web address written as an element's text, as some feeds give media (MyAnimeList, ESPN). */
const textAddress = (el: Element | undefined) => {
  const value = el?.textContent.trim();
  return value && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
};

/** A Media RSS picture's address: its `url`, or (MyAnimeList's `media:thumbnail`) its text. */
const mediaUrl = (el: Element) => attr(el, 'url') ?? textAddress(el);

/**
 * What a publisher wrote of a Media RSS picture, as its caption: its `media:description` (NYT's
 * caption, Mastodon's alt text) and `media:credit` (the Guardian's "Photograph: …"), its own or,
 * for a picture of the item itself, the item's (NYT writes them beside the picture); the credit
 * only once ({@link credited}).
 */
function caption(picture: Element, item: Element): string | undefined {
  const of = (el: Element) => [text(el, 'description', NS.media), text(el, 'credit', NS.media)];
  const beside = picture.parentElement === item ? of(item) : [];
  return credited(of(picture).map((value, i) => value ?? beside[i]));
}

/**
 * The picture of an RSS item or Atom entry, and its caption: Media RSS (the largest picture it
 * states a size for, thumbnails first among the rest; never an icon, an avatar or a share
 * button), an image enclosure, iTunes art, then an `<image>` of the item's own. A thumbnail
 * stated smaller than {@link THUMBNAIL_PX} gives way to a picture in `body`, which the
 * normaliser then takes.
 */
// Stryker disable next-line StringLiteral: equivalent, no picture in either body
export function rssPicture(el: Element, body = ''): { image?: string; image_caption?: string } {
  const group = child(el, 'group', NS.media);
  const media = (name: string) => [...children(el, name, NS.media), ...(group ? children(group, name, NS.media) : [])];
  const contents = media('content').filter(notIcon);
  const [best] = [
    ...media('thumbnail').filter(notIcon),
    ...contents.filter((c) => isImage(attr(c, 'type'), attr(c, 'medium'), attr(c, 'url'))),
  ]
    .map((picture) => ({ picture, url: mediaUrl(picture), size: stated(picture) }))
    .filter(({ url }) => url && isPictureAddress(url))
    // Stable: of pictures that state no size, thumbnails stay first.
    .sort((a, b) => b.size - a.size);
  if (best) {
    // Engadget states each picture twice, on two hosts, with the caption on the second only.
    const file = (url?: string) =>
      url
        ?.replace(/[?#].*/, '')
        .split('/')
        .pop();
    const twin = contents.find((c) => c !== best.picture && file(mediaUrl(c)) === file(best.url));
    return best.size && best.size < THUMBNAIL_PX && firstImage(body)
      ? {}
      : { image: best.url, image_caption: caption(best.picture, el) ?? (twin && caption(twin, el)) };
  }
  const enclosure = children(el, 'enclosure').find((e) => isImage(attr(e, 'type'), undefined, attr(e, 'url')));
  const rdfEnclosure = children(el, 'enclosure', NS.enc).find((e) =>
    isImage(attr(e, 'type'), undefined, attr(e, 'resource')),
  );
  // CTV writes the picture's caption as the enclosure's text, which RSS leaves empty.
  const enclosed = attr(enclosure, 'url');
  if (enclosed) return { image: enclosed, image_caption: enclosure!.textContent.trim() || undefined };
  // An item's own <image> (ESPN, Bleacher Report): its address as its text, or in a <url> or <link>.
  const own = child(el, 'image');
  return {
    image:
      attr(rdfEnclosure, 'resource') ??
      attr(child(el, 'image', NS.itunes), 'href') ??
      // media:content's own nested thumbnail
      attr(contents.map((c) => child(c, 'thumbnail', NS.media)).find(Boolean), 'url') ??
      // Livemint's largest, beside a 250-pixel <image>.
      textAddress(child(el, 'bigimage')) ??
      (own && (textAddress(child(own, 'url')) ?? textAddress(child(own, 'link')) ?? textAddress(own))),
  };
}
