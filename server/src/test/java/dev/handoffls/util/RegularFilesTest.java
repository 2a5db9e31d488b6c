package dev.handoffls.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are opened, and never more than the cap is read (issue 13, defect 4). */
class RegularFilesTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsNotOpened() throws Exception {
        Path fifo = Fifos.make(tmp.resolve("pipe.md"));
        assertThat(RegularFiles.read(fifo, 100)).isInstanceOf(RegularFiles.NotRegular.class);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceThatNeverEndsIsNotOpened() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this platform");
        assertThat(RegularFiles.read(zero, 100)).isInstanceOf(RegularFiles.NotRegular.class);
    }

    @Test
    void aFileUpToTheCapIsReadAndOneByteMoreIsTooLarge() throws Exception {
        Path file = Files.write(tmp.resolve("a.md"), new byte[100]);
        assertThat(RegularFiles.read(file, 100))
                .isInstanceOfSatisfying(
                        RegularFiles.Bytes.class, b -> assertThat(b.bytes()).hasSize(100));
        assertThat(RegularFiles.read(file, 99)).isEqualTo(new RegularFiles.TooLarge(100, 99));
        assertThat(new RegularFiles.TooLarge(-1, 99).sizes()).isEqualTo("more than 99 bytes");
    }

    @Test
    void aSymbolicLinkIsNotFollowed() throws Exception {
        Path target = Files.write(tmp.resolve("a.md"), new byte[1]);
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), target);
        assertThat(RegularFiles.read(link, 100)).isEqualTo(new RegularFiles.NotRegular("a symbolic link"));
    }
}
