package cn.gongkai.classify;

/**
 * A labelled title the chain got wrong, with what decided it: what to look at when tuning a taxonomy.
 *
 * @param basis the stored form of the basis: rule:&lt;id&gt;, model or default
 */
public record Misclassification(long line, String title, String right, String given, String basis) {}
