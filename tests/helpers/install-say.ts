import { installSay } from '../../src/base/message.ts';
import { createLocale } from '../../src/model/locale.ts';

// What runCli does at a command's start: the code under test speaks the office's language.
installSay(createLocale('vi').say);
