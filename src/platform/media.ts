import browser from './browser';

/**
 * Is anything playing? Asks only whether some tab is audible: tabs.query with `audible` needs no
 * "tabs" permission, because it reveals no URL or title.
 */
export interface MediaAdapter {
  anyAudible(): Promise<boolean>;
}

export function browserMedia(): MediaAdapter {
  return {
    async anyAudible() {
      return (await browser.tabs.query({ audible: true })).length > 0;
    },
  };
}
