package cn.gongkai.node;

import java.nio.file.Path;

/** A local node that is running and answering. */
public record NodeStatus(String url, long pid, String version, Path home) {}
