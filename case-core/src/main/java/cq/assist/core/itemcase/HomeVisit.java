package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a community worker found at the home.
 *
 * @param findings free text (stored encrypted)
 * @param recommendation SUPPORT or OPPOSE
 * @param photoFileIds stored files (photos) taken at the visit
 */
public record HomeVisit(
        String findings, String recommendation, List<String> photoFileIds, BigDecimal latitude, BigDecimal longitude) {

    public HomeVisit {
        photoFileIds = photoFileIds == null ? List.of() : List.copyOf(photoFileIds);
    }
}
