package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.PublicationText;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * A loaded publication as classification sees it: what the chain reads, and the category it has now.
 *
 * @param index the concrete index holding it, for updates that do not go through the alias
 * @param basis the stored categoryBasis; {@code null} for a publication never classified
 * @param confidence the stored categoryConfidence; {@code null} unless the model decided
 */
public record ClassifiedPublication(String id, String index, PublicationText text, String category, String basis,
    Double confidence) {

  /** Whether {@code classification} is what the publication already has. */
  public boolean has(Classification classification) {
    return classification.category().equals(category) && classification.basis().label().equals(basis)
        && Objects.equals(round(classification.confidence()), round(confidence));
  }

  /** Confidences as stored (a float): compared to four places, so a re-run does not rewrite them all. */
  private static Long round(Double confidence) {
    return confidence == null ? null : Math.round(confidence * 10_000);
  }

  /**
   * Writes it in modified UTF-8 ({@link DataOutput#writeUTF}), as the files that keep publications
   * between steps and runs hold it: a text over 65,535 bytes cannot be written (a real title is
   * nowhere near).
   */
  void writeTo(DataOutput out) throws IOException {
    out.writeUTF(id);
    out.writeUTF(index);
    out.writeUTF(text.title());
    writeNullable(out, text.docNo());
    writeNullable(out, text.docType());
    writeNullable(out, text.declaredCategory());
    out.writeUTF(category);
    out.writeUTF(basis);
    out.writeBoolean(confidence != null);
    if (confidence != null) {
      out.writeDouble(confidence);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  static ClassifiedPublication readFrom(DataInput in) throws IOException {
    String id = in.readUTF();
    String index = in.readUTF();
    PublicationText text = new PublicationText(in.readUTF(), readNullable(in), readNullable(in), readNullable(in));
    String category = in.readUTF();
    String basis = in.readUTF();
    Double confidence = in.readBoolean() ? in.readDouble() : null;
    return new ClassifiedPublication(id, index, text, category, basis, confidence);
  }

  private static void writeNullable(DataOutput out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text);
    }
  }

  private static String readNullable(DataInput in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
