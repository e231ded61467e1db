package cn.gongkai.sample;

/** Whether the publications of a title template carry a document number (文号), and which. */
enum NumberPolicy {
  /** No number: news, notices, lists. */
  NONE,
  /** A policy document: a normative document (规) or an ordinary one (发 / 办). */
  POLICY,
  /** A measure in its own name (示例市…管理办法): a government rule (令) or a normative document. */
  RULE,
  /** Usually an ordinary issued document (发), sometimes unnumbered. */
  ISSUED,
  /** A letter (函), e.g. the reply to a deputy's proposal. */
  LETTER
}
