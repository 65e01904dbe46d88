package dev.agora.shop.inventory.stock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change that would take a product's stock past {@link StockLevel#MAX_UNITS}: a 409 saying the limit. */
class StockLimitException extends ErrorResponseException {

    StockLimitException(StockLevel stock, String field, long wouldHold) {
        super(HttpStatus.CONFLICT, problem(stock, field, wouldHold), null);
    }

    private static ProblemDetail problem(StockLevel stock, String field, long wouldHold) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "'%s': product %s would hold %d units (available and reserved), more than the limit of %d"
                        .formatted(field, stock.productId(), wouldHold, StockLevel.MAX_UNITS));
        problem.setTitle("Stock limit exceeded");
        problem.setProperty("productId", stock.productId());
        problem.setProperty("field", field);
        problem.setProperty("limit", StockLevel.MAX_UNITS);
        problem.setProperty("available", stock.available());
        problem.setProperty("reserved", stock.reserved());
        return problem;
    }
}
