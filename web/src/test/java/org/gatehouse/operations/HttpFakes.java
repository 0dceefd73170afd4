package org.gatehouse.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Just enough of a servlet request and response to run a filter or servlet without a server. */
final class HttpFakes {

    private HttpFakes() {
    }

    static HttpServletRequest request(String method, String uri, String remoteAddress, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/gatehouse";
                    case "getRemoteAddr" -> remoteAddress;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    /** A response's status (200 until set), headers and body, and the response that records them. */
    static final class Answer {

        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(HttpFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, called, args) -> switch (called.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getStatus" -> status;
                        case "setStatus", "sendError" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setContentType", "setCharacterEncoding" -> null;
                        case "getWriter" -> writer;
                        default -> throw new UnsupportedOperationException(called.getName());
                    });
        }
    }
}
