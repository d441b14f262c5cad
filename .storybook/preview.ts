import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { isRightToLeft } from '../src/format/locale.ts';
import { appearance, type WidgetArgs } from '../stories/support/widget.ts';
import '../src/define.ts';

interface Member {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
}

/**
 * The manifest as readers of the docs need it: public members only, and a property that
 * mirrors an attribute documented once, under the attribute (which is what the controls set).
 */
function publicApi(source: typeof manifest) {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const attributes = declaration.attributes ?? [];
        const reflected = new Set(attributes.map((attribute) => attribute.fieldName));
        return {
          ...declaration,
          attributes: attributes.map((attribute) =>
            attribute.fieldName && attribute.fieldName !== attribute.name
              ? { ...attribute, description: `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`.trim() }
              : attribute,
          ),
          members: declaration.members?.filter(
            (member) =>
              member.kind === 'field' &&
              !member.static &&
              (member.privacy ?? 'public') === 'public' &&
              !reflected.has(member.name),
          ),
        };
      }),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest));

const logSelect = action('news-select');
const logLoad = action('news-load');
const logError = action('news-error');

/**
 * Wraps every story in a page-like frame: a host page's font (the toolbar's: a system sans-serif
 * stack by default), the toolbar's theme and locale (or the story's own), the page's language and
 * direction (the locale's, or the story's `hostLang` parameter: an English feed on an Arabic
 * page), and the widgets' three events sent to the actions panel. `news-select` is cancelled so
 * a click on a headline stays in Storybook instead of opening the sample feed's (fictional) site.
 */
const withFrame: Decorator<WidgetArgs> = (story, context) => {
  const { theme, locale } = appearance(context.args, context);
  const width = context.parameters.frameWidth as string | undefined;
  const lang = (context.parameters.hostLang as string | undefined) ?? locale ?? 'en';
  return html`<div
    class="news-frame"
    data-theme=${theme ?? 'light'}
    data-host-font=${(context.globals.hostFont as string | undefined) ?? 'system'}
    lang=${lang}
    dir=${isRightToLeft(lang) ? 'rtl' : 'ltr'}
    style=${styleMap({ maxInlineSize: width })}
    @news-select=${(event: CustomEvent) => {
      event.preventDefault();
      logSelect(event.detail);
    }}
    @news-load=${(event: CustomEvent) => logLoad(event.detail)}
    @news-error=${(event: CustomEvent) => logError(event.detail)}
  >
    ${story()}
  </div>`;
};

/**
 * Controls for what the manifest documents without a usable type: a colour picker or a text field
 * for each CSS custom property (the stories apply them to the widget), and none for events and
 * parts, which are documentation only. Runs after the manifest has been read (second pass).
 */
const manifestControls: ArgTypesEnhancer = Object.assign(
  ({ argTypes }: Parameters<ArgTypesEnhancer>[0]) =>
    Object.fromEntries(
      Object.entries(argTypes).map(([name, argType]) => {
        const category = argType.table?.category;
        if (category === 'css custom properties') {
          return [name, { ...argType, control: { type: name.includes('-color-') ? 'color' : 'text' } }];
        }
        if (category === 'events' || category === 'css shadow parts') {
          return [name, { ...argType, control: { disable: true } }];
        }
        return [name, argType];
      }),
    ),
  { secondPass: true },
);

const preview: Preview = {
  decorators: [withFrame],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    hostFont: {
      description: 'Font of the host page the widgets sit in (they inherit it)',
      toolbar: {
        title: 'Host font',
        icon: 'paragraph',
        items: [
          { value: 'system', title: 'System (system-ui)' },
          { value: 'sans', title: 'Sans-serif (Helvetica, Arial)' },
          { value: 'serif', title: 'Serif (Georgia)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of every widget (a story may set its own)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system setting)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of every widget: dates and labels (a story may set its own)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'de', right: 'de', title: 'Deutsch' },
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'sv', right: 'sv', title: 'Svenska' },
          { value: 'pl', right: 'pl', title: 'Polski' },
          { value: 'tr', right: 'tr', title: 'Türkçe' },
          { value: 'hu', right: 'hu', title: 'Magyar' },
          { value: 'id', right: 'id', title: 'Bahasa Indonesia' },
          { value: 'el', right: 'el', title: 'Ελληνικά' },
          { value: 'ar', right: 'ar', title: 'العربية' },
          { value: 'fa', right: 'fa', title: 'فارسی' },
          { value: 'he', right: 'he', title: 'עברית' },
          { value: 'ur', right: 'ur', title: 'اردو' },
          { value: 'ru', right: 'ru', title: 'Русский' },
          { value: 'uk', right: 'uk', title: 'Українська' },
          { value: 'hi', right: 'hi', title: 'हिन्दी' },
          { value: 'bn', right: 'bn', title: 'বাংলা' },
          { value: 'ja', right: 'ja', title: '日本語' },
          { value: 'ko', right: 'ko', title: '한국어' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    hostFont: 'system',
    theme: 'light',
    locale: 'en',
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: {
      options: {
        phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: 'Tablet', styles: { width: '834px', height: '1112px' }, type: 'tablet' },
        desktop: { name: 'Desktop', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
    // "Show code" gives the widget's markup, without the story frame around it.
    docs: { source: { excludeDecorators: true } },
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Guides', ['Embedding', 'Theming'], 'Widgets', ['news-card', 'news-article', 'news-trending', 'news-list']] },
    },
  },
};

export default preview;
