package fr.catalogue.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * « Se déconnecter », the header's plain form: {@code POST /deconnexion} ends the session and goes
 * back to the catalogue. A servlet rather than a JSF action, so that signing out never depends on
 * the page it is clicked from: a JSF postback rebuilds that page without its view action (the public
 * pages load in one), and read-only pages keep no view at all. A GET is refused (405), and the
 * session cookie is {@code SameSite=Lax}, so another site cannot sign a user out.
 */
@WebServlet("/deconnexion")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException,
            IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
