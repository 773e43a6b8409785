// The intent classifier: natural's BayesClassifier over featuresOf(). Trained by scripts/build-nlu-model.ts (about
// a tenth of a second, too slow for every start-up) and restored from its JSON form.
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
  private readonly bayes: InstanceType<typeof BayesClassifier>;
  /** Feature -> its position in the classifier's feature vector. */
  private readonly positions: Map<string, number>;

  constructor(serialized: SerializedClassifier) {
    // restore() keeps what it is given; copies keep the caller's model intact.
    this.bayes = BayesClassifier.restore({
      features: { ...serialized.features },
      classifier: JSON.parse(JSON.stringify(serialized.classifier)) as Record<string, unknown>,
      docs: [],
      lastAdded: 0,
    });
    // The order natural's textToFeatures() numbers features in: the object's own key order.
    this.positions = new Map(Object.keys(this.bayes.features).map((feature, position) => [feature, position]));
  }

  /**
   * Every intent with its probability, most likely first (an empty text gets the prior). The classifier is given
   * the positions of the features present, a sparse observation its Bayes engine scores exactly like the dense
   * vector getClassifications() builds, without building 1,500-entry arrays for every question.
   */
  rank(features: readonly string[]): RankedIntent[] {
    const observation: Record<number, number> = {};
    let n = 0;
    for (const feature of new Set(features)) {
      const position = this.positions.get(feature);
      if (position !== undefined) observation[n++] = position;
    }
    return this.ranked(this.bayes.classifier.getClassifications(observation));
  }

  private ranked(scores: readonly { label: string; value: number }[]): RankedIntent[] {
    const total = scores.reduce((sum, s) => sum + s.value, 0);
    const ranked = scores
      .filter((s) => (INTENTS as readonly string[]).includes(s.label))
      .map((s) => ({ intent: s.label as Intent, probability: total > 0 ? s.value / total : 0 }));
    return ranked.sort((a, b) => b.probability - a.probability);
  }
}
