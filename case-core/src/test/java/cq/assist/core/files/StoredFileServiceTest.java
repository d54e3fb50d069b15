package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.pii.PiiCipher;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Uploads: JPEG, PNG or PDF only, at most 5 MB and 30 a day per account, stored encrypted, read back only by their owner. */
class StoredFileServiceTest {

    private static final byte[] PNG = Base64.getDecoder().decode(ApplicationForms.signaturePng());

    private final StoredFileMapper mapper = mock(StoredFileMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final StoredFileService files = new StoredFileService(mapper, cipher, CaseFixtures.clock(), 30);

    @Test
    void storesAnImageEncryptedAndItsOwnerReadsItBack() {
        StoredFileInfo info = files.store("acc-1", PNG);

        ArgumentCaptor<StoredFileRow> row = ArgumentCaptor.forClass(StoredFileRow.class);
        verify(mapper).insert(row.capture());
        assertThat(info.contentType()).isEqualTo("image/png");
        assertThat(row.getValue().id()).isEqualTo(info.fileId());
        assertThat(row.getValue().sha256()).isEqualTo(info.sha256());
        assertThat(row.getValue().createTime()).isEqualTo(CaseFixtures.NOW);

        when(mapper.selectById(info.fileId())).thenReturn(info);
        when(mapper.selectContentById(info.fileId()))
                .thenReturn(new StoredFileMapper.EncryptedContent(row.getValue().contentEnc()));
        assertThat(files.readOwned(info.fileId(), "acc-1")).hasValueSatisfying(content -> {
            assertThat(PiiCipher.sha256Hex(content.bytes())).isEqualTo(info.sha256());
        });
        assertThat(files.readOwned(info.fileId(), "acc-2")).isEmpty();
        assertThat(files.findOwned(null, "acc-1")).isEmpty();
    }

    @Test
    void refusesAnotherTypeEmptyTooLargeOrOverTheDailyCap() {
        assertThatThrownBy(() -> files.store("acc-1", "GIF89a....".getBytes()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> files.store("acc-1", new byte[0]))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION));
        assertThatThrownBy(() -> StoredFileService.checkSize(StoredFileService.MAX_BYTES + 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE));

        when(mapper.countSince(anyString(), any())).thenReturn(30);
        assertThatThrownBy(() -> files.store("acc-1", PNG))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS));
        verify(mapper, never()).insert(any());
    }
}
