package dev.kaikei.opa.model;

/** The data of a call whose success carries nothing the caller needs (delete code, cancel, unlink). */
public record NoContent() {

    public static final NoContent INSTANCE = new NoContent();
}
