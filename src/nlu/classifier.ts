// The intent classifier: natural's BayesClassifier over featuresOf(). Trained by scripts/build-nlu-model.ts (about
// a tenth of a second, too slow for every start-up); questions are scored from its JSON form as natural's Bayes
// engine scores them, its logarithms taken once at start-up (test/nlu/intents.test.ts compares the two).
import BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier');
import type { Intent } from './types';
import { INTENTS } from './vocabulary';

/** The parts of a trained classifier needed to classify (its training documents are left out). */
export interface SerializedClassifier {
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<string, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}

export interface RankedIntent {
  intent: Intent;
  probability: number;
}

export function trainClassifier(documents: readonly { features: string[]; intent: Intent }[]): SerializedClassifier {
  const bayes = new BayesClassifier();
  for (const doc of documents) bayes.addDocument(doc.features, doc.intent);
  bayes.train();
  const { classFeatures, classTotals, totalExamples, smoothing } = bayes.classifier;
  return { features: bayes.features, classifier: { classFeatures, classTotals, totalExamples, smoothing } };
}

export class IntentClassifier {
  /** Feature -> its position in the classifier's feature vector. */
  private readonly positions: Map<string, number>;
  /** The classes in the order natural's Bayes engine scores them (its classFeatures' own key order). */
  private readonly labels: readonly string[];
  /**
   * Per class: ln P(feature | class) by feature position (a feature never seen with the class has the smoothed
   * term), as a dense array: an index per feature of a question instead of a map lookup.
   */
  private readonly logLikelihoods: readonly { byPosition: Float64Array; prior: number }[];

  constructor(serialized: SerializedClassifier) {
    // The order natural's textToFeatures() numbers features in: the object's own key order.
    this.positions = new Map(Object.keys(serialized.features).map((feature, position) => [feature, position]));
    const { classFeatures, classTotals, totalExamples, smoothing } = serialized.classifier;
    this.labels = Object.keys(classFeatures);
    // The very terms natural's probabilityOfClass() takes the logarithm of, taken once here instead of for every
    // feature of every question in every class: the sums below are then the same numbers, added in the same order.
    this.logLikelihoods = this.labels.map((label) => {
      const byPosition = new Float64Array(this.positions.size).fill(Math.log(smoothing / classTotals[label]));
      for (const [position, count] of Object.entries(classFeatures[label])) byPosition[Number(position)] = Math.log((count || smoothing) / classTotals[label]);
      return { byPosition, prior: classTotals[label] / totalExamples };
    });
  }

  /**
   * Every intent with its probability, most likely first (an empty text gets the prior). Scored as natural's
   * Bayes engine scores a sparse observation of the features present (exactly like the dense vector its
   * getClassifications() builds), without building 1,500-entry arrays for every question.
   */
  rank(features: readonly string[]): RankedIntent[] {
    const present: number[] = [];
    for (const feature of new Set(features)) {
      const position = this.positions.get(feature);
      if (position !== undefined) present.push(position);
    }
    const scores = this.labels.map((label, k) => {
      const { byPosition, prior } = this.logLikelihoods[k];
      let logProbability = 0;
      for (const position of present) logProbability += byPosition[position];
      return { label, value: prior * Math.exp(logProbability) };
    });
    return this.ranked(scores.sort((x, y) => y.value - x.value));
  }

  private ranked(scores: readonly { label: string; value: number }[]): RankedIntent[] {
    const total = scores.reduce((sum, s) => sum + s.value, 0);
    const ranked = scores
      .filter((s) => (INTENTS as readonly string[]).includes(s.label))
      .map((s) => ({ intent: s.label as Intent, probability: total > 0 ? s.value / total : 0 }));
    return ranked.sort((a, b) => b.probability - a.probability);
  }
}
