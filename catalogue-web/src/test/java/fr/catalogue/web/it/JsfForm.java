package fr.catalogue.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test only: posts a JSF form of a page read over plain HTTP, as a browser without JavaScript
 * would — the form's fields by their ids, the button pressed and the page's view state.
 */
final class JsfForm {

    private JsfForm() {
    }

    /** The POST of form {@code formId} of that page, {@code fields} by id within the form. */
    static HttpRequest.Builder post(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
        assertTrue(form.find(), "no form " + formId + " in " + page.body());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        assertTrue(state.find(), "no view state in " + page.body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(formId, formId);
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        values.put(formId + ":" + button, "");
        values.put("jakarta.faces.ViewState", state.group(1));
        String body = values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(page.uri().resolve(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
