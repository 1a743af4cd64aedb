package fr.catalogue.api.linkcheck;

import fr.catalogue.common.Page;
import fr.catalogue.linkcheck.LinkCheckView;
import java.util.List;

/** One page of the checks of an address, newest first: {@code page} counts from 0. */
public record LinkCheckPageJson(long total, int page, int size, List<LinkCheckJson> items) {

    public static LinkCheckPageJson of(Page<LinkCheckView> page) {
        return new LinkCheckPageJson(page.total(), page.page(), page.size(),
                page.items().stream().map(LinkCheckJson::of).toList());
    }
}
