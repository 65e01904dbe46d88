package dev.agora.shop.order.placement;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.PlaceOrderRequest;
import dev.agora.shop.order.orders.NewOrder;
import dev.agora.web.FieldError;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What a {@link PlaceOrderRequest} asks for, once each product is named only once. */
final class NewOrders {

    private NewOrders() {}

    static NewOrder of(PlaceOrderRequest request) {
        var products = new HashSet<UUID>();
        for (var line : request.lines()) {
            if (!products.add(line.productId())) throw productTwice();
        }
        return new NewOrder(
                request.userId(), request.lines(), request.mode() == null ? OrderMode.ASYNC : request.mode());
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
