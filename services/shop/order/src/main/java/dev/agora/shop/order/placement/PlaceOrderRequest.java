package dev.agora.shop.order.placement;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.order.orders.NewOrder;
import dev.agora.web.FieldError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** {@code POST /api/orders}: a user's lines, each product once; {@code mode} defaults to ASYNC. */
record PlaceOrderRequest(
        @NotNull UUID userId,
        @NotEmpty @Size(max = ShopLimits.MAX_LINES) List<@Valid @NotNull OrderLine> lines,
        @Nullable OrderMode mode) {

    NewOrder toNewOrder() {
        var products = new HashSet<UUID>();
        for (var line : lines) {
            if (!products.add(line.productId())) throw productTwice();
        }
        return new NewOrder(userId, lines, mode == null ? OrderMode.ASYNC : mode);
    }

    /** The same shape as the Bean Validation problems of service-web: the field in detail and errors. */
    private static ErrorResponseException productTwice() {
        var error = new FieldError("lines", "must name each product once");
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + error.field() + "' " + error.message());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(error));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
