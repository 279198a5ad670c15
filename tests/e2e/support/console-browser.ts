import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches for the closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A step of a scenario: its screenshot under `dir` when it passes, `FAILED-<name>.png` when it throws. */
export function screenshotSteps(dir: string, options: { readonly fullPage: boolean }) {
  return async <T>(page: Page, name: string, action: () => Promise<T>): Promise<T> => {
    try {
      const result = await action();
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: options.fullPage });
      return result;
    } catch (error) {
      await page.screenshot({ path: join(dir, `FAILED-${name}.png`), fullPage: options.fullPage }).catch(() => undefined);
      throw error;
    }
  };
}

/** The console's dev sign-in form, as a person fills it. */
export async function signIn(page: Page, origin: string, path: string, role: string, email?: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.getByLabel('Role').selectOption(role);
  if (email) await page.getByLabel('Your email').fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
