package cn.gongkai.classify;

/** The model's most probable category for a title, and that probability. */
public record Prediction(String category, double confidence) {}
