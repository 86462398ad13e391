package io.recordingrescue.ui;

import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;

/**
 * Base of the tests of a dialog that works on the loaded recycle bin: a bin in memory, a scripted
 * restore and scripted dialogs behind the jobs state and the recycle-bin screen, all inline. Fill
 * {@link #bin}, then {@link #loadBin()}.
 */
public abstract class LoadedBinTest {
  protected final Fakes.FakeBin bin = new Fakes.FakeBin();
  protected final Fakes.FakeRunner runner = new Fakes.FakeRunner();
  protected final Fakes.ScriptedDialogs dialogs = new Fakes.ScriptedDialogs();
  protected final JobsState jobs =
      new JobsState(runner, UiExecutor.inline(), dialogs, Fakes.messages());
  protected RecycleBinViewModel binVm;

  /** Loads {@link #bin} into the administrator's recycle-bin screen, as the main window does. */
  protected void loadBin() {
    binVm = Fakes.binScreen(bin, UiExecutor.inline(), dialogs, jobs, true);
    binVm.refresh();
  }
}
