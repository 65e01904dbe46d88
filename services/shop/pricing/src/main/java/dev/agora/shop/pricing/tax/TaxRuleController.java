package dev.agora.shop.pricing.tax;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tax-rules")
@Tag(name = "Tax rules", description = "Tax rates by product category and buyer's country; '*' matches any")
class TaxRuleController {

    private final TaxRules rules;

    TaxRuleController(TaxRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "List the tax rules")
    List<TaxRule> list() {
        return rules.all();
    }

    @PutMapping("/{category}/{country}")
    @Operation(summary = "Set the rate of a category in a country (ISO 3166 alpha-2); '*' for any")
    TaxRule put(@ParameterObject @Valid TaxRulePath path, @Valid @RequestBody TaxRateUpdate update) {
        return rules.put(path.category(), path.country(), update.rate());
    }

    @DeleteMapping("/{category}/{country}")
    @Operation(summary = "Remove a rule; its products then fall back to a less specific one")
    ResponseEntity<Void> delete(@ParameterObject @Valid TaxRulePath path) {
        var category = path.category();
        var country = path.country();
        if (!rules.remove(category, country)) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "No tax rule for category '" + category + "' in country '" + country + "'");
            problem.setTitle("Unknown tax rule");
            problem.setProperty("category", category);
            problem.setProperty("country", country);
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return ResponseEntity.noContent().build();
    }
}
