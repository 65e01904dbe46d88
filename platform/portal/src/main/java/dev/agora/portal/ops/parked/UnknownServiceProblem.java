package dev.agora.portal.ops.parked;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: the broker has no parking queue for this service. */
class UnknownServiceProblem extends ErrorResponseException {

    UnknownServiceProblem(String service) {
        super(HttpStatus.NOT_FOUND, problem(service), null);
    }

    private static ProblemDetail problem(String service) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No service '" + service + "' with a parking queue on this broker");
        problem.setTitle("Unknown service");
        problem.setProperty("service", service);
        return problem;
    }
}
