package fr.catalogue.web.insight;

import fr.catalogue.campaign.Campaigns;
import fr.catalogue.insight.AgeCount;
import fr.catalogue.insight.ConformityRate;
import fr.catalogue.insight.Dashboard;
import fr.catalogue.insight.MonthCount;
import fr.catalogue.insight.ReviewerInsight;
import fr.catalogue.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reviewers' dashboard ({@code /reviewer/tableau-de-bord.xhtml}, R17, R18): conformity rate
 * per category per campaign, open notices by age, rights withdrawn per month; each chart with its
 * table. Read once in {@code f:viewAction}.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Height of one bar of the conformity chart and of its axes, in pixels. */
    private static final int BAR_HEIGHT = 14;
    private static final int AXES_HEIGHT = 90;

    @Inject
    private ReviewerInsight insight;

    @Inject
    private Campaigns campaigns;

    private Dashboard dashboard;
    private String conformityChart;
    private String noticesChart;
    private String withdrawalsChart;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        dashboard = insight.dashboard();
        int months = campaigns.settings().months();
        conformityChart = InsightCharts.conformity(dashboard.conformity(),
                period -> FrenchPeriods.campaign(period, months), Messages.text(faces, "insight.conformity.axis"));
        noticesChart = InsightCharts.noticeAges(dashboard.openNotices(),
                age -> Messages.text(faces, "insight.age." + age.name()),
                Messages.text(faces, "insight.notices.series"), Messages.text(faces, "insight.count.axis"));
        withdrawalsChart = InsightCharts.withdrawals(dashboard.withdrawals(), FrenchPeriods::month,
                Messages.text(faces, "insight.withdrawals.series"), Messages.text(faces, "insight.count.axis"));
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getConformityChart() {
        return conformityChart;
    }

    public String getNoticesChart() {
        return noticesChart;
    }

    public String getWithdrawalsChart() {
        return withdrawalsChart;
    }

    /** Tall enough for every bar of the conformity chart to be read. */
    public int getConformityHeight() {
        return AXES_HEIGHT + BAR_HEIGHT * dashboard.conformity().size();
    }

    public List<ConformityRate> getConformity() {
        return newestFirst(dashboard.conformity()); // the latest campaign first in the table
    }

    public List<AgeCount> getOpenNotices() {
        return dashboard.openNotices();
    }

    public List<MonthCount> getWithdrawals() {
        return newestFirst(dashboard.withdrawals()); // the current month first in the table
    }

    public String campaign(String period) {
        return FrenchPeriods.campaign(period, campaigns.settings().months());
    }

    public String month(MonthCount month) {
        return FrenchPeriods.month(month.month());
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }
}
