package cn.gov.epidemic.kitweb.i18n;

/**
 * An API enum whose constants carry their Chinese label (e.g. {@code POLICE_OFFICER} 公安民警); the kit's OpenAPI
 * filter writes the labels into the document, beside the constant names that stay the wire values.
 */
public interface Labelled {

    /** The Chinese label of this constant, as an official would say it. */
    String zh();
}
