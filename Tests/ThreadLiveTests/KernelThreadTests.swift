import Testing
import Foundation
@testable import ThreadLive

@Suite struct KernelThreadTests {
    @Test func mainThreadHasAKernelID() {
        #expect(KernelThread.currentID() > 0)
    }
}
