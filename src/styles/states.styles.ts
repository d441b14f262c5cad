import { css } from 'lit';

// The widgets' states other than their content, shared by all of them: the loading skeleton,
// the last good copy shown offline, and the error and empty notices. Part of {@link base}.
export const states = css`
  /* Loading: skeletons reuse the real layout classes, with lines in place of text, so the
     placeholder has the size of the content it stands for. A line's bar is its background
     inside transparent top and bottom borders (the radii leave it 4px corners), not a
     generated box: the browser lays an empty generated box out as text, looking up a font at
     every text size of the skeleton, which took most of the first layout of a page of
     widgets (a blocking call to the browser process on Linux, 1 to 4 ms each). */
  .line {
    display: block;
    height: 1lh;
    border-block: 0.22lh solid transparent;
    border-radius: 4px / calc(0.22lh + 4px);
    background: var(--_surface) padding-box;
  }

  .line.w-30 {
    width: 30%;
  }

  .line.w-50 {
    width: 50%;
  }

  .line.w-70 {
    width: 70%;
  }

  .placeholder {
    background: var(--_surface);
  }

  @media (prefers-reduced-motion: no-preference) {
    .line,
    .placeholder {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The last good copy, shown offline */
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.8125rem;
  }

  .stale button,
  .notice button {
    font: inherit;
    font-weight: 600;
    padding: 0.25rem 0.8rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    background: transparent;
    cursor: pointer;
  }

  /* Error and empty */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .notice p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .notice-title {
    display: block;
  }

  .notice button {
    padding-block: 0.4rem;
  }
`;
