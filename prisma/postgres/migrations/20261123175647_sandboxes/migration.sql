-- CreateTable
CREATE TABLE "Sandbox" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sandbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxApi" (
    "apiId" TEXT NOT NULL,
    "sandboxId" TEXT NOT NULL,

    CONSTRAINT "SandboxApi_pkey" PRIMARY KEY ("apiId")
);

-- CreateIndex
CREATE INDEX "Sandbox_userId_idx" ON "Sandbox"("userId");

-- CreateIndex
CREATE INDEX "SandboxApi_sandboxId_idx" ON "SandboxApi"("sandboxId");

-- AddForeignKey
ALTER TABLE "Sandbox" ADD CONSTRAINT "Sandbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxApi" ADD CONSTRAINT "SandboxApi_sandboxId_fkey" FOREIGN KEY ("sandboxId") REFERENCES "Sandbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
