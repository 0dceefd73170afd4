package org.gatehouse.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.gatehouse.notes.SearchableNote;

/**
 * A note as an index entry: the text to search, the fields to filter, facet, sort and group on.
 * Only the body is stored (for its snippet); what a hit shows besides is read from doc values, so a
 * page of results never decompresses stored fields but the bodies it highlights.
 */
final class NoteDocuments {

    /** Note bodies keep their offsets, so that snippets are highlighted without analysing them again. */
    private static final FieldType BODY = bodyType();

    private NoteDocuments() {
    }

    static Document of(SearchableNote note) {
        Document doc = new Document();
        doc.add(new StringField(NoteFields.NOTE, Long.toString(note.noteId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(NoteFields.NOTE_NUMBER, note.noteId()));
        doc.add(new NumericDocValuesField(NoteFields.VERSION_NUMBER, note.versionId()));
        doc.add(new StringField(NoteFields.AGENCY, Long.toString(note.agencyId()), Field.Store.NO));
        doc.add(new StringField(NoteFields.PARTICIPANT, Long.toString(note.participantId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(NoteFields.CASE, note.participantId()));
        doc.add(new Field(NoteFields.BODY, note.body(), BODY));
        String name = join(note.givenName(), note.familyName());
        doc.add(new TextField(NoteFields.NAMES, name, Field.Store.NO));
        doc.add(new SortedDocValuesField(NoteFields.CASE_LABEL, new BytesRef(name)));
        doc.add(new TextField(NoteFields.REFERENCES, join(note.justiceId(), note.externalRef()), Field.Store.NO));
        keyword(doc, NoteFields.PATHWAY, note.pathway() == null ? NoteFields.GENERAL : note.pathway());
        keyword(doc, NoteFields.SENSITIVITY, note.sensitivity());
        keyword(doc, NoteFields.AUTHOR, note.author());
        keyword(doc, NoteFields.PROGRAM, note.program() == null ? "" : note.program());
        doc.add(new LongField(NoteFields.WRITTEN, note.writtenAt().toEpochMilli(), Field.Store.NO));
        return doc;
    }

    /** Indexed for filters, kept as doc values for facets, grouping and showing a hit. */
    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
