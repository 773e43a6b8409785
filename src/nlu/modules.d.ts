// Types for modules the recognizer loads by path. `natural`: only the parts it uses, because the package index also
// loads its storage back-ends, WordNet and more, which costs over a second at start-up.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import type { PorterStemmer } from 'natural';
  const stemmer: typeof PorterStemmer;
  export = stemmer;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer' {
  export { RegexpTokenizer } from 'natural';
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export { DamerauLevenshteinDistance } from 'natural';
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  import type { JaroWinklerDistance } from 'natural';
  const distance: typeof JaroWinklerDistance;
  export = distance;
}

declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  import type { BayesClassifier } from 'natural';
  const classifier: typeof BayesClassifier;
  export = classifier;
}

declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
