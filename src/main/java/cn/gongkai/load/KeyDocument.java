package cn.gongkai.load;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A key of the registry: the key itself, for whoever reads the index, and its publication. */
record KeyDocument(@JsonIgnore String id, String key, String publication) implements IndexedDocument {}
