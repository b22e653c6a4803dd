package jp.kenpo.faq.matching;

import java.util.List;

/**
 * Multinomial logistic regression over sparse vectors of vocabulary ids, trained with AdaGrad for a fixed number
 * of epochs in a fixed order: deterministic, no randomness. Weights are one primitive array, a row of classes per
 * feature, so that training and scoring walk memory in order.
 */
final class SoftmaxClassifier {

    /** A sparse vector: vocabulary ids and their values. */
    record Vector(int[] ids, double[] values) {}

    /** One training text: its vector, the class (item index) it belongs to and how much it counts. */
    record Example(Vector features, int label, double weight) {}

    private final int classes;
    /** Float: half the memory to walk, and float square roots and divisions cost about half as much in training. */
    private final float[] weights;

    private final double[] bias;

    private SoftmaxClassifier(int classes, int features) {
        this.classes = classes;
        this.weights = new float[features * classes];
        this.bias = new double[classes];
    }

    /** @param features the vocabulary's size: every id of every vector is below it */
    static SoftmaxClassifier train(
            int classes, int features, List<Example> examples, int epochs, double learningRate, double l2) {
        SoftmaxClassifier model = new SoftmaxClassifier(classes, features);
        model.fit(examples, epochs, learningRate, l2);
        return model;
    }

    private void fit(List<Example> examples, int epochs, double learningRate, double l2) {
        float[] squared = new float[weights.length];
        float rate = (float) learningRate;
        float decay = (float) l2;
        double[] biasSquared = new double[classes];
        double[] p = new double[classes];
        float[] gradient = new float[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (Example example : examples) {
                scores(example.features(), p);
                for (int c = 0; c < classes; c++) {
                    double g = (p[c] - (c == example.label() ? 1 : 0)) * example.weight();
                    gradient[c] = (float) g;
                    biasSquared[c] += g * g;
                    bias[c] -= learningRate * g / Math.sqrt(biasSquared[c] + 1e-8);
                }
                int[] ids = example.features().ids();
                double[] values = example.features().values();
                for (int k = 0; k < ids.length; k++) {
                    // each (feature, class) weight has its own AdaGrad state: the order of these updates is free
                    int row = ids[k] * classes;
                    float value = (float) values[k];
                    for (int c = 0; c < classes; c++) {
                        float g = gradient[c] * value + decay * weights[row + c];
                        squared[row + c] += g * g;
                        weights[row + c] -= rate * g / (float) Math.sqrt(squared[row + c] + 1e-8f);
                    }
                }
            }
        }
    }

    /** Probability of each class. */
    double[] probabilities(Vector x) {
        double[] p = new double[classes];
        scores(x, p);
        return p;
    }

    /** Softmax of the linear scores into {@code z}. */
    private void scores(Vector x, double[] z) {
        System.arraycopy(bias, 0, z, 0, classes);
        int[] ids = x.ids();
        double[] values = x.values();
        for (int k = 0; k < ids.length; k++) {
            int row = ids[k] * classes;
            double v = values[k];
            for (int c = 0; c < classes; c++) {
                z[c] += weights[row + c] * v;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < classes; c++) {
            z[c] /= sum;
        }
    }
}
