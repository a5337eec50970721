import type { ArticleLanguage } from '@parley/graph-schema';
import { english } from './en';
import { korean } from './ko';
import type { LanguageModule } from './language-module';
import { russian } from './ru';
import { telugu } from './te';

/** One module per language Parley reads; the schema's ARTICLE_LANGUAGES lists the same codes. */
const MODULES: Record<ArticleLanguage, LanguageModule> = {
  en: english,
  te: telugu,
  ru: russian,
  ko: korean,
};

export function languageModuleFor(lang: string): LanguageModule | undefined {
  return (MODULES as Record<string, LanguageModule | undefined>)[lang];
}

/** Every module, for what reads any script (search spells a query in Latin through them). */
export const languageModules = (): readonly LanguageModule[] => Object.values(MODULES);
