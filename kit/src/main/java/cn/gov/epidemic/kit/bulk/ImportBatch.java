package cn.gov.epidemic.kit.bulk;

import cn.gov.epidemic.kitweb.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of a bulk import that passed Bean Validation, handed to the service that imports them, and the report
 * it fills in: every row ends {@link #created created} or {@link #refused refused}. The service decides each row
 * before it writes any, so that a refused row changes nothing.
 */
public final class ImportBatch<R> {

    /** A row and its position in the request. */
    public record Row<R>(int index, R value) {
    }

    private final List<Row<R>> valid;
    private final ImportReport.Row[] outcomes;
    private final Function<ProblemException, List<ImportReport.RowProblem>> render;

    ImportBatch(List<Row<R>> valid, ImportReport.Row[] outcomes, Function<ProblemException, List<ImportReport.RowProblem>> render) {
        this.valid = Collections.unmodifiableList(valid);
        this.outcomes = outcomes;
        this.render = render;
    }

    /** The rows still to decide, in the request's order (those refused by Bean Validation are already reported). */
    public List<Row<R>> rows() {
        return valid;
    }

    public void created(Row<R> row, UUID id, List<UUID> relatedIds) {
        outcomes[row.index()] = new ImportReport.Row(row.index(), ImportReport.Status.CREATED, id, List.copyOf(relatedIds), List.of());
    }

    /** The row is refused with the problem the single request would have answered. */
    public void refused(Row<R> row, ProblemException problem) {
        outcomes[row.index()] = new ImportReport.Row(row.index(), ImportReport.Status.REFUSED, null, List.of(), render.apply(problem));
    }

    /** Whether a row is decided yet. */
    public boolean decided(Row<R> row) {
        return outcomes[row.index()] != null;
    }

    ImportReport report() {
        List<ImportReport.Row> rows = new ArrayList<>(outcomes.length);
        int created = 0;
        for (ImportReport.Row r : outcomes) {
            if (r == null) throw new IllegalStateException("a row of the import was neither created nor refused");
            if (r.status() == ImportReport.Status.CREATED) created++;
            rows.add(r);
        }
        return new ImportReport(rows.size(), created, rows.size() - created, rows);
    }
}
