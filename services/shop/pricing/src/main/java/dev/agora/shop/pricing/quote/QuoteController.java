package dev.agora.shop.pricing.quote;

import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.api.QuoteRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
@Tag(name = "Quotes", description = "Prices and taxes of order lines for a user")
class QuoteController {

    private final Quoting quoting;

    QuoteController(Quoting quoting) {
        this.quoting = quoting;
    }

    @PostMapping
    @Operation(
            summary = "Price lines for a user",
            description = "Tax per line by the product's category and the user's country, rounded to cents; 422"
                    + " names the unknown user or product, or the product without a price")
    Quote quote(@Valid @RequestBody QuoteRequest request) {
        return quoting.quote(request.userId(), request.lines());
    }

    /** A 422 naming the user or product as a property of its own and the request field it came from. */
    @ExceptionHandler(QuoteRefusedException.class)
    ErrorResponse refuse(QuoteRefusedException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        problem.setTitle(refused.reason().title());
        problem.setProperty(refused.reason().subjectProperty(), refused.subject());
        problem.setProperty("field", refused.field());
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, refused);
    }
}
