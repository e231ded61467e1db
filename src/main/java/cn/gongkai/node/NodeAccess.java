package cn.gongkai.node;

import java.nio.file.Path;

/**
 * Where a client of the secured local node finds the certificate authority to trust and its user
 * (a properties file of {@code username} and {@code password}, readable by its owner only).
 */
public record NodeAccess(Path caCertificate, Path credentialsFile) {}
