package cn.gov.epidemic.kit.bulk;

import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kitweb.i18n.Languages;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemClassifier;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.ProblemTypeBase;
import cn.gov.epidemic.kitweb.strict.ControlCharacters;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Bulk imports, one mechanism for every service: a JSON array of rows or CSV with a header line, at most
 * {@value #MAX_ROWS} rows (and the service's body limit), an {@code Idempotency-Key} required for the whole batch
 * (a retry replays the stored report), each row checked with the single POST's Bean Validation and then by the
 * service's rules, and a report per row. The service's importer runs in the one transaction of the batch and its
 * idempotency record: the rows it creates, their events and audit rows commit together or not at all.
 */
@ApplicationScoped
public class BulkImports {

    public static final int MAX_ROWS = 5000;
    public static final String CSV = "text/csv";
    /** For the OpenAPI descriptions of the import operations. */
    public static final String DESCRIPTION = " One request imports up to 5,000 rows (and at most the service's 1 MiB body limit), as a"
            + " JSON array (the rows) or as CSV (Content-Type: text/csv; UTF-8, a header line naming the columns, in any order;"
            + " an empty cell is an absent value; a list in one cell is separated by ';'). Idempotency-Key is required: it covers"
            + " the whole batch, and a retry with the same key and body answers the stored report again (Idempotent-Replayed: true)."
            + " Each row is checked as the single POST checks its body, with the same rules; a refused row is reported with its"
            + " problems and changes nothing, a created row is complete; every created record publishes the same events as"
            + " the single POST. The answer is 200 with the report, also when rows were refused (the report says which and"
            + " why; 207 Multi-Status is WebDAV's and its XML body is not what a JSON client expects). A request that cannot"
            + " be read as rows at all (malformed JSON or CSV, an unknown field or column, more than 5,000 rows) is refused"
            + " as a whole (400, 413), with nothing imported.";
    private static final Set<String> CSV_TYPES = Set.of(CSV, "application/csv");

    private final CsvMapper csv = CsvMapper.builder()
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            // a column left out is an absent value, as a field left out of a JSON row; an unknown column is still refused
            .disable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .addModule(new JavaTimeModule())
            .build();

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    CurrentVertxRequest request;
    @Inject
    ProblemTypeBase typeBase;

    /**
     * Reads, checks and imports one batch.
     *
     * @param key         the Idempotency-Key header (required)
     * @param route       what the import does, e.g. {@code POST people/imports}
     * @param contentType the request's Content-Type: JSON or CSV
     * @param body        the request body as sent
     * @param importer    the service's import, {@code @Transactional}: decides every row of the batch it is given
     */
    public <R, C> Response execute(String key, String route, String contentType, byte[] body, RowFormat<R, C> format,
                                   Consumer<ImportBatch<R>> importer) {
        if (key == null) {
            throw ProblemException.validation(IdempotencyKeys.HEADER, Text.of("is required for a bulk import: it makes a retry of the whole batch safe (a UUID is a good key)",
                    "批量导入必须提供：它使整批的重试安全（建议使用 UUID）"));
        }
        boolean isCsv = contentType != null && CSV_TYPES.contains(contentType.split(";")[0].trim().toLowerCase(Locale.ROOT));
        List<R> rows = isCsv ? csvRows(body, format) : jsonRows(body, format.json());
        if (rows.isEmpty()) {
            throw ProblemException.validation("rows", Text.of("at least one row is required", "至少需要一行"));
        }
        ImportReport.Row[] outcomes = new ImportReport.Row[rows.size()];
        List<ImportBatch.Row<R>> valid = new ArrayList<>(rows.size());
        ImportBatch<R> batch = new ImportBatch<>(valid, outcomes, this::problems);
        for (int i = 0; i < rows.size(); i++) {
            ImportBatch.Row<R> row = new ImportBatch.Row<>(i, rows.get(i));
            if (row.value() == null) {
                batch.refused(row, ProblemException.validation("", Text.of("must be an object (a row), not null", "必须是一个对象（一行），不能为 null")));
                continue;
            }
            Set<ConstraintViolation<R>> violations = validator.validate(row.value());
            if (violations.isEmpty()) {
                valid.add(row);
            } else {
                batch.refused(row, ProblemClassifier.classify(new ConstraintViolationException(violations)));
            }
        }
        // the hash covers the body as sent and its format: the same rows as JSON and as CSV are two requests
        return idempotency.execute(key, route + (isCsv ? " csv" : " json"), body, () -> {
            importer.accept(batch);
            return Response.ok(batch.report()).build();
        });
    }

    private <R> List<R> jsonRows(byte[] body, Class<R> type) {
        try {
            // the application's strict mapper: unknown fields, coercions and control characters refused as in a single POST
            List<R> rows = mapper.readerForListOf(type).readValue(body);
            if (rows == null) throw ProblemException.validation("rows", Text.of("must be a JSON array of rows", "必须是由行组成的 JSON 数组"));
            checkCount(rows.size());
            return rows;
        } catch (IOException e) {
            throw new IllegalArgumentException(e); // a JacksonException: the kit's mappers answer 400 naming where
        }
    }

    /**
     * The CSV body as text: malformed UTF-8 (a GBK or Latin-1 export) is refused rather than imported with U+FFFD in
     * place of names, as the JSON path refuses it; the byte-order mark that Excel's "CSV UTF-8" writes is dropped.
     */
    static String utf8(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.validation("body", Text.of("must be UTF-8 text (export the CSV as UTF-8)",
                    "必须是 UTF-8 文本（请将 CSV 导出为 UTF-8 编码）"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private <R, C> List<R> csvRows(byte[] body, RowFormat<R, C> format) {
        String text = utf8(body);
        if (ControlCharacters.inText(text)) throw ProblemException.validation("body", ControlCharacters.TEXT);
        CsvSchema schema = csv.schemaFor(format.csv()).withHeader().withColumnReordering(true).withArrayElementSeparator(";");
        ObjectReader reader = csv.readerFor(format.csv()).with(schema);
        List<R> rows = new ArrayList<>();
        try (MappingIterator<C> it = reader.readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(format.fromCsv().apply(it.nextValue()));
                checkCount(rows.size());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return rows;
    }

    private static void checkCount(int rows) {
        if (rows > MAX_ROWS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.format("A bulk import takes at most %d rows; split the file into several imports.",
                    "一次批量导入最多 %d 行；请拆分为多次导入。", MAX_ROWS));
        }
    }

    /** A refusal as the rows of the report show it: the single request's problem type, each violation's field and message. */
    private List<ImportReport.RowProblem> problems(ProblemException p) {
        RoutingContext rc = request.getCurrent();
        Locale language = rc == null ? Languages.ZH : Languages.of(rc.request().getHeader("Accept-Language"));
        String type = p.slug() == null ? "about:blank" : (rc == null ? "" : typeBase.of(rc)) + p.slug();
        if (p.violations() == null || p.violations().isEmpty()) {
            return List.of(new ImportReport.RowProblem(type, null, p.detailText().in(language)));
        }
        List<ImportReport.RowProblem> out = new ArrayList<>(p.violations().size());
        for (ProblemException.Violation v : p.violations()) {
            out.add(new ImportReport.RowProblem(type, v.field() == null || v.field().isEmpty() ? null : v.field(), v.message().in(language)));
        }
        return out;
    }
}
