// sastrawijs ships types that its package.json "exports" map does not expose to NodeNext resolution.
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
    find(word: string): boolean;
  }
  export class Tokenizer {
    tokenize(sentence: string): string[];
  }
}
